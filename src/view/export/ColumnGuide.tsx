/** "Columns of the CSV": the column guide on the page, beside the glossary, in the page's language. */
import './export.css';
import { COLUMNS } from '../../engine/report';
import { columnDoc, columnName, KIND_NAMES, UNIT_NAMES } from '../../i18n/column-guide';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import { useApp } from '../store-context';

/** A description with its `code` names (columns, parameters) set as code. */
function Described({ text }: { text: string }) {
  return text.split('`').map((part, k) => (k % 2 ? <code key={k}>{part}</code> : part));
}

export function ColumnGuide() {
  const lang = useApp((s) => s.lang);
  const t = EXPORT_STRINGS[lang];
  return (
    <details className="glossary column-guide" data-testid="column-guide">
      <summary>{t.columnsTitle}</summary>
      <p>{t.columnsAbout}</p>
      <table className="column-guide-table">
        <thead>
          <tr>
            <th scope="col">{t.columnHead}</th>
            <th scope="col">{t.kindHead}</th>
            <th scope="col">{t.unitHead}</th>
            <th scope="col">{t.meaningHead}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((column) => {
            const doc = columnDoc(column);
            if (!doc) return null;
            return (
              <tr key={column} data-column={column}>
                <th scope="row">
                  <code>{column}</code>
                  <br />
                  <span className="column-guide-name">{columnName(column, lang)}</span>
                </th>
                <td>{KIND_NAMES[doc.kind][lang]}</td>
                <td>{UNIT_NAMES[doc.unit][lang]}</td>
                <td>
                  <Described text={doc[lang]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
