/**
 * The start-up floor: the least a React 19 + Dexie 4 page built by the same Vite set-up as the
 * app can do to show a library: open IndexedDB with Dexie, read ten rows, render them as a list,
 * and mark the moment with the same User Timing mark the app's library uses. The first visit of
 * a fresh profile stores the ten rows; the benchmark measures the visits after it.
 */
import { Dexie, type EntityTable } from 'dexie';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { LIBRARY_USABLE_MARK, markOnce } from '../../../renderer/src/app/startupMarks';

interface Row {
  id: string;
  title: string;
  client: string;
  updatedAt: number;
}

const ROWS = 10;
const db = new Dexie('start-up-floor') as Dexie & { rows: EntityTable<Row, 'id'> };
db.version(1).stores({ rows: 'id, updatedAt' });

async function readRows(): Promise<Row[]> {
  await db.open();
  const stored = await db.rows.orderBy('updatedAt').reverse().toArray();
  if (stored.length >= ROWS) return stored;
  const seeded = Array.from({ length: ROWS }, (_, i) => ({ id: `row-${i}`, title: `Session ${i + 1}`, client: `Client ${i + 1}`, updatedAt: i }));
  await db.rows.bulkPut(seeded);
  return db.rows.orderBy('updatedAt').reverse().toArray();
}

function List({ rows }: { rows: Row[] }) {
  useEffect(() => markOnce(LIBRARY_USABLE_MARK), []);
  return (
    <main data-screen="library" data-ready="true">
      <h1>Sessions</h1>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <button type="button">{row.title}</button> <span>{row.client}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

void readRows().then((rows) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <List rows={rows} />
    </StrictMode>,
  ),
);
