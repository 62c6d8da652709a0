// @ts-check
/**
 * An ESLint rule for src/: the page never turns text into markup. Scenario and lesson names,
 * descriptions, file names and links reach the page as data; written with `innerHTML`,
 * `outerHTML`, `insertAdjacentHTML`, `document.write`, React's `dangerouslySetInnerHTML` or D3's
 * `.html()`, a name such as `<img src=x onerror=alert(1)>` would run. Text goes in as text (JSX
 * children, `textContent`, D3's `.text()`), elements are made with `createElement` or JSX.
 */

/** Properties that parse what is assigned to them (or read) as HTML. */
const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);

/** Methods that parse their argument as HTML. */
const MARKUP_METHODS = new Set([
  'insertAdjacentHTML',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'createContextualFragment',
  // D3's selection.html(): every `.html(` call, as the rule cannot tell a selection from another object
  'html',
]);

/** Methods of `document` that write markup into the page. */
const DOCUMENT_WRITE = new Set(['write', 'writeln']);

const ADVICE =
  'put text in as text (JSX children, textContent, D3 .text()) and make elements with JSX or createElement';

/**
 * The name of a member expression's property, written `.name` or `['name']`.
 * @param {import('estree').MemberExpression} node
 */
function propertyName(node) {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noMarkup = {
  meta: {
    type: 'problem',
    docs: {
      description: 'forbid writing markup from strings (innerHTML, dangerouslySetInnerHTML, D3 .html(), …)',
    },
    schema: [],
    messages: {
      property: '{{name}} turns text into markup: {{advice}}.',
      method: '{{name}}() turns text into markup: {{advice}}.',
      react: 'dangerouslySetInnerHTML turns text into markup: {{advice}}.',
      write: 'document.{{name}}() writes markup into the page: {{advice}}.',
    },
  },
  create(context) {
    return {
      MemberExpression(node) {
        const name = propertyName(node);
        if (name && MARKUP_PROPERTIES.has(name))
          context.report({ node, messageId: 'property', data: { name, advice: ADVICE } });
      },
      CallExpression(node) {
        if (node.callee.type !== 'MemberExpression') return;
        const name = propertyName(node.callee);
        if (!name) return;
        if (MARKUP_METHODS.has(name))
          context.report({ node, messageId: 'method', data: { name, advice: ADVICE } });
        else if (
          DOCUMENT_WRITE.has(name) &&
          node.callee.object.type === 'Identifier' &&
          node.callee.object.name === 'document'
        )
          context.report({ node, messageId: 'write', data: { name, advice: ADVICE } });
      },
      // <div dangerouslySetInnerHTML={…}>, and the same prop in an object given to createElement
      JSXAttribute(/** @type {any} */ node) {
        if (node.name?.name === 'dangerouslySetInnerHTML')
          context.report({ node, messageId: 'react', data: { advice: ADVICE } });
      },
      Property(node) {
        const key =
          node.key.type === 'Identifier' && !node.computed
            ? node.key.name
            : node.key.type === 'Literal'
              ? node.key.value
              : null;
        if (key === 'dangerouslySetInnerHTML')
          context.report({ node, messageId: 'react', data: { advice: ADVICE } });
      },
    };
  },
};

/** The plugin, as a flat config's `plugins` entry: `markup/no-markup`. */
export const markupPlugin = { rules: { 'no-markup': noMarkup } };
