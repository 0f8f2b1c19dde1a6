import type { ReactNode } from 'react';

export function Section(props: { id: string; title: string; intro?: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <header className="section-head">
        <div>
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          {props.intro ? <p className="section-intro">{props.intro}</p> : null}
        </div>
        {props.aside}
      </header>
      {props.children}
    </section>
  );
}
