/** Suggested care questions with the cue that prompted each; only a click ever inserts one. */
import type { QuestionId, QuestionSuggestion } from '../analyzers/types';
import { QUESTION_SHORT, S } from './strings';

export interface QuestionListProps {
  questions: readonly QuestionSuggestion[];
  covered: readonly QuestionId[];
  onInsert: (id: QuestionId, where: 'fit' | 'cursor') => void;
  /** Hide "At cursor" where there is no caret to speak of (e.g. a side panel). */
  allowCursor?: boolean;
}

export function QuestionList({ questions, covered, onInsert, allowCursor = true }: QuestionListProps) {
  return (
    <div>
      {questions.length === 0 ? <p className="cc-empty">{S.questionsEmpty}</p> : null}
      <ul className="cc-questions">
        {questions.map((q) => {
          const label = QUESTION_SHORT[q.id];
          return (
            <li key={q.id} className="cc-question" data-question={q.id}>
              <div className="cc-question-label">{label}</div>
              <p className="cc-question-text">{q.text}</p>
              <p className="cc-question-cue">{S.questionCue(q.cue)}</p>
              <div className="cc-actions">
                <button type="button" className="cc-btn cc-btn-primary" aria-label={S.questionInsertLabel(label)} onClick={() => onInsert(q.id, 'fit')}>
                  {S.questionInsert}
                </button>
                {allowCursor ? (
                  <button type="button" className="cc-btn cc-btn-quiet" aria-label={S.questionAtCursorLabel(label)} onClick={() => onInsert(q.id, 'cursor')}>
                    {S.questionAtCursor}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {covered.length > 0 ? <p className="cc-covered">{S.questionsCovered(covered.length)}</p> : null}
    </div>
  );
}
