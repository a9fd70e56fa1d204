/**
 * The page's only script: progressive enhancement. Without it every table and fact is still there;
 * with it, table columns sort and collapsed examples open for printing. It never reads report data.
 */

export const SCRIPT = `(() => {
  const key = (row, i) => {
    const cell = row.cells[i];
    return cell ? (cell.dataset.sort ?? cell.textContent ?? '') : '';
  };
  const compare = (a, b) => {
    const x = Number(a);
    const y = Number(b);
    return a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) ? x - y : a.localeCompare(b);
  };
  for (const table of document.querySelectorAll('table[data-sortable]')) {
    const heads = Array.from(table.tHead.rows[0].cells);
    for (const th of heads) {
      const button = th.querySelector('button');
      if (!button) continue;
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') !== 'descending';
        for (const h of heads) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort((a, b) => compare(key(a, th.cellIndex), key(b, th.cellIndex)) * (descending ? -1 : 1));
        body.append(...rows);
      });
    }
  }
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
})();`;
