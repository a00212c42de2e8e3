import './DeckLabel.css';

/**
 * A deck control's words, and the sign that stands for them where the deck's bar is short of room
 * (below 80em, DeckLabel.css): the words stay its name for a screen reader either way.
 */
export function DeckLabel({ icon, words }: { icon: string; words: string }) {
  return (
    <>
      <span className="deck-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="deck-words">{words}</span>
    </>
  );
}
