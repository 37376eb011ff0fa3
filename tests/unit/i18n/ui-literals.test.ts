import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every word a person reads comes from the catalogue (docs/architecture.md "Languages"): no English text
// written straight into app/'s JSX, neither as text nor as a tooltip, label or placeholder, which a reader
// of Chinese would see in English. The few Latin words that are the same in every language are listed.

const SAME_IN_EVERY_LANGUAGE = new Set(['ClusterCanvas', 'ICI', 'GI', 'https://…/w/…#key=…']);
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'caption', 'text']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return tsxFiles(file);
    return file.endsWith('.tsx') ? [file] : [];
  });
}

/** The English a file writes into its JSX, as "file:line text". */
function literalEnglish(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const say = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (/[A-Za-z]{3,}/.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed)) found.push(`${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${trimmed}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) say(node, node.text);
    else if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) say(node, node.initializer.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && / /.test(node.expression.text)) say(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface writes no English of its own (app/)', () => {
  it('has no English text, tooltip, label or placeholder written into JSX: every word goes through the catalogue', () => {
    const files = tsxFiles(path.resolve(__dirname, '../../../app'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(literalEnglish)).toEqual([]);
  });
});
