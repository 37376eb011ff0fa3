'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { useWorkshop } from '../hooks/useWorkshop';
import { useOfflineShell } from '../offline/useOfflineShell';
import { forgetKeyInAddress, readInitialKey } from '../model/pageKey';
import { forgetKey, loadKey, loadPerson, savePerson, suggestPerson, type Person } from '../model/storage';
import { wordRefusal } from '../model/serverWords';
import { ProblemPage } from '../problems/ProblemPage';
import { NameDialog } from './NameDialog';
import { useAccess } from './useAccess';
import { FullPageMessage } from './FullPageMessage';
import { Workspace } from './Workspace';


// Joining a workshop (docs/architecture.md "Joining"): the key from the link, checked first; a name for a
// newcomer, asked over the (blurred) map; the projector (observer) straight in; then the workspace.

export default function WorkshopApp({ id }: { id: string }) {
  const t = useTranslations();
  const [key] = useState<string | null>(() => readInitialKey(id));
  const [person, setPerson] = useState<Person | null>(() => loadPerson());
  const suggestion = useMemo(() => suggestPerson(), []);
  const [renaming, setRenaming] = useState(false);

  // The key stays in this browser, out of the address bar (model/pageKey.ts).
  useEffect(forgetKeyInAddress, []);
  // The page itself loads with no network (docs/protocol.md P17).
  useOfflineShell();

  const access = useAccess(id, key);
  const role = access.state === 'open' ? access.access.role : null;
  // A projector is a screen, not a person: no name to ask, nobody to count (lib/sync/presence.ts).
  const observer = role === 'observer';
  const named = observer || person !== null;
  const live = useWorkshop(id, key, observer ? null : person, { connect: role !== null, announce: named });

  // The key was withdrawn while this page was open (the facilitator made new links, docs/protocol.md P16):
  // forget it too, unless this browser already holds a newer one (its facilitator renewed their own key),
  // which the page then reopens with.
  const refusedKey = live?.fatalCode === 'bad_key' || live?.fatalCode === 'key_revoked';
  useEffect(() => {
    if (!refusedKey) return;
    const stored = loadKey(id);
    if (stored && stored !== key) window.location.reload();
    else forgetKey(id);
  }, [refusedKey, id, key]);

  if (access.state === 'checking') return <FullPageMessage text={t('workshop.opening')} />;
  if (access.state === 'problem') {
    const p = access.problem;
    return <ProblemPage kind={p} title={t(`joinProblems.${p}.title`)} text={t(`joinProblems.${p}.text`)} onRetry={access.problem === 'unreachable' ? access.retry : undefined} />;
  }
  if (live?.fatal) {
    const problem = refusedKey ? 'bad_key' : live.fatalCode === 'bad_workshop' ? 'not_found' : null;
    const title = problem ? t(`joinProblems.${problem}.title`) : t('workshop.refused');
    const text = problem ? t(`joinProblems.${problem}.text`) : wordRefusal(t, { code: live.fatalCode ?? undefined, text: live.fatal });
    return <ProblemPage kind={problem ?? 'refused'} title={title} text={text} />;
  }
  if (!live || !key) return <FullPageMessage text={t('status.connecting.text')} />;

  if (!named) {
    // The map they are about to join, out of reach until they have a name; nobody sees them yet.
    return (
      <>
        <div inert aria-hidden="true" className="pointer-events-none blur-[3px] select-none" data-testid="map-behind-dialog">
          <Workspace id={id} live={live} apiKey={key} onRename={() => {}} />
        </div>
        <NameDialog
          first
          initial={suggestion}
          workshopTitle={access.access.title}
          role={access.access.role}
          onSave={(p) => {
            savePerson(p);
            setPerson(p);
          }}
        />
      </>
    );
  }

  return (
    <>
      <Workspace id={id} live={live} apiKey={key} onRename={() => setRenaming(true)} />
      {renaming && person && (
        <NameDialog
          first={false}
          initial={person}
          onCancel={() => setRenaming(false)}
          onSave={(p) => {
            savePerson(p);
            setPerson(p); // reconnects with the new name: the server stamps names at the handshake
            setRenaming(false);
          }}
        />
      )}
    </>
  );
}
