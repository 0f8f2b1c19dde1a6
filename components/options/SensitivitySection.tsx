import { SENSITIVITIES } from '../../analyzers/types';
import { setHighlightStyle, setSensitivity } from '../../settings/actions';
import { HIGHLIGHT_STYLES } from '../../settings/model';
import { useOptionsStore } from './options-store';
import { LockNote } from './LockNote';
import { Section } from './Section';
import { HIGHLIGHT_LABEL, S, SENSITIVITY_LABEL } from './strings';

export function SensitivitySection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  if (!state) return null;
  const eff = state.effective;
  const sLock = eff.lockedBy.sensitivity;
  const hLock = eff.lockedBy.highlightStyle;
  return (
    <Section id="sensitivity" title={S.sensitivity.heading} intro={S.sensitivity.intro} aside={<LockNote lock={sLock} />}>
      <fieldset className="segmented" disabled={!!sLock}>
        <legend className="visually-hidden">{S.sensitivity.heading}</legend>
        {SENSITIVITIES.map((level) => (
          <label key={level} className={`segment${eff.sensitivity === level ? ' is-checked' : ''}`}>
            <input type="radio" name="sensitivity" value={level} checked={eff.sensitivity === level} disabled={!!sLock} onChange={() => void run(() => setSensitivity(level))} />
            <span className="segment-name">{SENSITIVITY_LABEL[level].name}</span>
            <span className="segment-detail">{SENSITIVITY_LABEL[level].detail}</span>
          </label>
        ))}
      </fieldset>

      <div className="subhead spaced">
        <div>
          <h3>{S.sensitivity.highlight}</h3>
          <p className="section-intro">{S.sensitivity.highlightIntro}</p>
        </div>
        <LockNote lock={hLock} />
      </div>
      <div className="highlight-row">
        <fieldset className="pills" disabled={!!hLock}>
          <legend className="visually-hidden">{S.sensitivity.highlight}</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} className={`pill${eff.highlightStyle === style ? ' is-checked' : ''}`}>
              <input type="radio" name="highlightStyle" value={style} checked={eff.highlightStyle === style} disabled={!!hLock} onChange={() => void run(() => setHighlightStyle(style))} />
              {HIGHLIGHT_LABEL[style]}
            </label>
          ))}
        </fieldset>
        <p className="preview">
          <span className="preview-label">{S.sensitivity.preview}</span> {S.sensitivity.previewBefore}
          <span className={`preview-mark hl-${eff.highlightStyle}`}>{S.sensitivity.previewMark}</span>
          {S.sensitivity.previewAfter}
        </p>
      </div>
    </Section>
  );
}
