import { Section } from './Section';
import { S } from './strings';

export function PrivacySection() {
  return (
    <Section id="privacy" title={S.privacy.heading} intro={S.privacy.intro}>
      <div className="three-col">
        <div className="panel">
          <h3 className="small-heading">{S.privacy.stored}</h3>
          <ul className="plain-list">
            {S.privacy.storedItems.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
        <div className="panel is-never">
          <h3 className="small-heading">{S.privacy.never}</h3>
          <ul className="plain-list">
            {S.privacy.neverItems.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
        <div className="panel">
          <h3 className="small-heading">{S.privacy.permissions}</h3>
          <ul className="plain-list">
            {S.privacy.permissionItems.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      </div>
    </Section>
  );
}
