import { useState, type FormEvent } from 'react';
import { CATEGORIES, type Category, type CustomPhrase } from '../../analyzers/types';
import { addCustomPhrase, removeCustomPhrase } from '../../settings/actions';
import { useOptionsStore } from './options-store';
import { LockNote } from './LockNote';
import { Section } from './Section';
import { CATEGORY_LABEL, S } from './strings';

export function PhrasesSection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('pressure');
  const [message, setMessage] = useState('');
  if (!state) return null;
  const eff = state.effective;
  const lock = eff.lockedBy.customPhrases;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const p: CustomPhrase = { phrase, category, message };
    if (await run(() => addCustomPhrase(p))) {
      setPhrase('');
      setMessage('');
    }
  };
  const remove = (p: CustomPhrase) =>
    void run(() => removeCustomPhrase(p.phrase), { undo: { text: `Removed \u201c${p.phrase}\u201d.`, undo: () => addCustomPhrase(p) } });

  return (
    <Section id="phrases" title={S.phrases.heading} intro={S.phrases.intro} aside={<LockNote lock={lock} />}>
      <form className="phrase-form" onSubmit={(e) => void add(e)}>
        <label>
          <span className="field-label">{S.phrases.phrase}</span>
          <input type="text" value={phrase} disabled={!!lock} placeholder={S.phrases.phrasePlaceholder} maxLength={120} onChange={(e) => setPhrase(e.currentTarget.value)} />
        </label>
        <label>
          <span className="field-label">{S.phrases.category}</span>
          <select value={category} disabled={!!lock} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          <span className="field-label">{S.phrases.message}</span>
          <input type="text" value={message} disabled={!!lock} placeholder={S.phrases.messagePlaceholder} maxLength={140} onChange={(e) => setMessage(e.currentTarget.value)} />
        </label>
        <button type="submit" className="button primary" disabled={!!lock || phrase.trim().length < 2 || !message.trim()}>
          {S.phrases.add}
        </button>
      </form>
      {eff.customPhrases.length === 0 ? (
        <p className="empty">{S.phrases.none}</p>
      ) : (
        <ul className="item-list" aria-label={S.phrases.heading}>
          {eff.customPhrases.map((p) => (
            <li key={p.phrase} className="item">
              <div>
                <q className="item-text">{p.phrase}</q>
                <span className={`cat-dot cat-${p.category}`} aria-hidden="true" />
                <span className="item-category">{CATEGORY_LABEL[p.category]}</span>
                <span className="item-detail">{p.message}</span>
              </div>
              <button type="button" className="button subtle" disabled={!!lock} onClick={() => remove(p)}>
                {S.phrases.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
