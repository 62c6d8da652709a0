/**
 * Lint refuses markup made from strings in src/ (eslint-no-markup.js): code planted in the view,
 * the store and the root of src/ that writes `innerHTML`, `outerHTML`, `insertAdjacentHTML`,
 * `document.write`, `dangerouslySetInnerHTML` or D3's `.html()` fails, and so does code made from
 * strings (`eval`, `new Function`); text put in as text passes.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const RULES = new Set(['markup/no-markup', 'no-eval', 'no-implied-eval', 'no-new-func', 'no-script-url']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
});

/** What the rules say about `code` as the file `filePath`: each complaint's rule and message. */
async function complaints(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId && RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint refuses markup and code made from strings in src/', () => {
  const planted: [string, string, RegExp][] = [
    [
      'src/view/x.ts',
      'export const f = (e: HTMLElement, name: string) => { e.innerHTML = name; };',
      /innerHTML turns text into markup/,
    ],
    [
      'src/view/x.ts',
      "export const f = (e: HTMLElement, name: string) => { e['outerHTML'] = name; };",
      /outerHTML/,
    ],
    [
      'src/store/x.ts',
      "export const f = (e: HTMLElement, name: string) => e.insertAdjacentHTML('beforeend', name);",
      /insertAdjacentHTML\(\)/,
    ],
    [
      'src/view/x.ts',
      'export const f = (name: string) => document.write(name);',
      /document\.write\(\) writes markup/,
    ],
    [
      'src/view/x.ts',
      "import { select } from 'd3';\nexport const f = (name: string) => select('p').html(name);",
      /html\(\) turns text into markup/,
    ],
    [
      'src/view/X.tsx',
      'export const X = ({ name }: { name: string }) => <p dangerouslySetInnerHTML={{ __html: name }} />;',
      /dangerouslySetInnerHTML/,
    ],
    [
      'src/view/x.ts',
      "import { createElement } from 'react';\nexport const x = (name: string) => createElement('p', { dangerouslySetInnerHTML: { __html: name } });",
      /dangerouslySetInnerHTML/,
    ],
    [
      'src/App.tsx',
      'export const f = (e: HTMLIFrameElement, name: string) => { e.srcdoc = name; };',
      /srcdoc/,
    ],
    ['src/view/x.ts', 'export const f = (code: string) => eval(code);', /^no-eval/],
    ['src/view/x.ts', "export const f = (code: string) => new Function('x', code);", /^no-new-func/],
    [
      'src/view/x.ts',
      "export const f = (code: string) => setTimeout('run(' + code + ')', 1);",
      /^no-implied-eval/,
    ],
  ];
  it.each(planted)('%s: %s', async (file, code, expected) => {
    const said = await complaints(code, file);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(expected);
  });

  it('lets text put in as text through', async () => {
    const code = [
      "import { select } from 'd3';",
      'export const X = ({ name }: { name: string }) => <p title={name}>{name}</p>;',
      "export const f = (e: HTMLElement, name: string) => { e.textContent = name; select('p').text(name).attr('title', name); };",
      'export const g = (html: string) => html.length;',
    ].join('\n');
    expect(await complaints(code, 'src/view/X.tsx')).toEqual([]);
  });
});
