// Corrections of a stored article's metadata: title, outlet and publication day, in the article row
// (which the situation reads: story windows, timeline days, outlets) and in the stored extraction's
// article head, in one statement. The extraction itself is not run again: times the text gives
// relative to its day ("am Dienstag") keep the reading they got when the article was stored.
import type { ArticleCorrection } from "../schema/index.js";
import type { Queryable } from "./db.js";

/** Applies the correction; false when there is no such article. */
export async function correctArticle(db: Queryable, id: string, fix: ArticleCorrection): Promise<boolean> {
  const patch = JSON.stringify(fix);
  const r = await db.query(
    `UPDATE articles SET
        title = CASE WHEN $2::jsonb ? 'title' THEN $2::jsonb->>'title' ELSE title END,
        outlet = CASE WHEN $2::jsonb ? 'outlet' THEN $2::jsonb->>'outlet' ELSE outlet END,
        published = CASE WHEN $2::jsonb ? 'published' THEN $2::jsonb->>'published' ELSE published END,
        extraction = jsonb_set(extraction, '{article}', (extraction->'article') || $2::jsonb)
      WHERE id = $1`,
    [id, patch],
  );
  return (r.affectedRows ?? 0) > 0;
}
