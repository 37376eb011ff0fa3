// One line of text filling the page while something loads; its own module so that the loaders and the apps
// they load dynamically do not import each other (docs/architecture.md, "Kept honest in CI": no cycles).
export function FullPageMessage({ text }: { text: string }) {
  return (
    <div className="flex h-dvh items-center justify-center text-lg text-slate-500" data-testid="loading">
      <span className="cc-pulse">{text}</span>
    </div>
  );
}
