/**
 * A polite live region for what happens without a visible change near the focus: "Highlight added",
 * "Undone: delete", the sentence the reading cursor selected. Always in the page, so every message is heard.
 */
export interface Announcement {
  /** Distinct per message, so the same words twice are announced twice. */
  id: number;
  text: string;
}

export function LiveRegion({ announcement }: { announcement: Announcement | null }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="reader-announcer">
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </div>
  );
}
