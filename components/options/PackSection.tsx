import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { getStoredPack, removePack, restoreStoredPack } from '../../settings/pack-store';
import { exportPackInBackground, importPackInBackground } from '../../settings/pack-client';
import { LIMITS } from '../../settings/pack/limits';
import type { PackCheck } from '../../settings/pack/check';
import { SETTING_LABEL } from '../../settings/fields';
import type { LockableKey } from '../../settings/model';
import { useOptionsStore } from './options-store';
import { Section } from './Section';
import { S } from './strings';

type ImportView = { state: 'idle' } | { state: 'checking' } | { state: 'done'; fileName: string; result: PackCheck };

function Problems({ title, items, kind }: { title: string; items: string[]; kind: 'error' | 'warning' }) {
  if (!items.length) return null;
  return (
    <div className={`problems is-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p>{title}</p>
      <ul>
        {items.map((e, i) => (
          <li key={i}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function slugFile(name: string): string {
  return (name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'team-pack') + '.yaml';
}

export function PackSection() {
  const state = useOptionsStore((s) => s.state);
  const run = useOptionsStore((s) => s.run);
  const load = useOptionsStore((s) => s.load);
  const say = useOptionsStore((s) => s.say);
  const [view, setView] = useState<ImportView>({ state: 'idle' });
  const [exp, setExp] = useState({ name: 'Our team pack', author: '', version: '1.0.0', lock: false });
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  if (!state) return null;
  const eff = state.effective;
  const active = eff.pack;
  const policyProvides = !!state.policy.packText;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    setView({ state: 'checking' });
    let result: PackCheck;
    if (file.size > LIMITS.fileBytes * 4) {
      result = { ok: false, pack: null, errors: [`(file): is ${Math.ceil(file.size / 1024)} KB; a pack can be at most ${LIMITS.fileBytes / 1024} KB`], warnings: [], summary: null };
    } else {
      try {
        result = await importPackInBackground(await file.text(), file.name);
      } catch (err) {
        result = { ok: false, pack: null, errors: [`${S.pack.readFailed} ${err instanceof Error ? err.message : String(err)}`], warnings: [], summary: null };
      }
    }
    setView({ state: 'done', fileName: file.name, result });
    await load();
  };

  const onRemove = async () => {
    const prev = await getStoredPack();
    await run(() => removePack(), { undo: { text: `Removed the team pack \u201c${active?.pack.name ?? ''}\u201d.`, undo: () => restoreStoredPack(prev) } });
    setView({ state: 'idle' });
  };

  const onExport = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const out = await exportPackInBackground({ name: exp.name, author: exp.author, version: exp.version, lockSettings: exp.lock });
      setLeftOut(out.leftOut);
      const url = URL.createObjectURL(new Blob([out.text], { type: 'text/yaml' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = slugFile(exp.name);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say('ok', S.pack.exportDone(a.download));
    } catch (err) {
      say('error', err instanceof Error ? err.message : String(err));
    }
  };

  const lockedKeys = active ? (Object.keys(active.pack.locked) as LockableKey[]) : [];
  return (
    <Section id="pack" title={S.pack.heading} intro={S.pack.intro}>
      <div className="pack-current panel" data-testid="pack-current">
        <h3 className="small-heading">{S.pack.current}</h3>
        {active ? (
          <>
            <p className="pack-title">
              <strong>{active.pack.name}</strong> <span className="pack-version">{active.pack.version}</span> <span className="muted">{S.pack.by}</span>{' '}
              {active.pack.author}
            </p>
            {active.pack.description ? <p className="pack-description">{active.pack.description}</p> : null}
            <ul className="facts">
              <li>{S.pack.rules(active.pack.rules.length)}</li>
              <li>{S.pack.disabled(active.pack.disable.length)}</li>
              {lockedKeys.length ? (
                <li>
                  {S.pack.locked} {lockedKeys.map((k) => SETTING_LABEL[k]).join(', ')}
                </li>
              ) : null}
              {active.fileName ? <li className="muted">{S.pack.importedFrom(active.fileName)}</li> : null}
            </ul>
            {active.source === 'policy' ? (
              <p className="note">{S.pack.policyPack}</p>
            ) : (
              <button type="button" className="button subtle" onClick={() => void onRemove()}>
                {S.pack.remove}
              </button>
            )}
          </>
        ) : (
          <p className="empty">{S.pack.none}</p>
        )}
        {state.policyPack.state === 'pending' ? <p className="note">{S.pack.policyPending}</p> : null}
        {state.policyPack.state === 'invalid' ? <Problems title={S.pack.policyInvalid} items={state.policyPack.errors} kind="error" /> : null}
      </div>

      {!policyProvides ? (
        <div className="import-row">
          <input ref={fileInput} id="pack-file" className="visually-hidden" type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => void onFile(e)} />
          <button type="button" className="button primary" onClick={() => fileInput.current?.click()}>
            {S.pack.import}
          </button>
          <span className="muted">{S.pack.importHint}</span>
        </div>
      ) : null}
      <div aria-live="polite" data-testid="pack-result">
        {view.state === 'checking' ? <p className="note">{S.pack.checking}</p> : null}
        {view.state === 'done' && view.result.ok && view.result.summary ? (
          <p className="success" role="status">
            {S.pack.imported(view.result.summary.name, view.result.summary.version)}
          </p>
        ) : null}
        {view.state === 'done' && !view.result.ok ? <Problems title={S.pack.rejected} items={view.result.errors} kind="error" /> : null}
        {view.state === 'done' ? <Problems title={S.pack.warnings} items={view.result.warnings} kind="warning" /> : null}
      </div>

      <form className="export-form panel" onSubmit={(e) => void onExport(e)}>
        <h3 className="small-heading">{S.pack.export}</h3>
        <p className="section-intro">{S.pack.exportIntro}</p>
        <div className="export-fields">
          <label>
            <span className="field-label">{S.pack.exportName}</span>
            <input type="text" required maxLength={LIMITS.nameChars} value={exp.name} onChange={(e) => setExp({ ...exp, name: e.currentTarget.value })} />
          </label>
          <label>
            <span className="field-label">{S.pack.exportAuthor}</span>
            <input type="text" required maxLength={LIMITS.authorChars} value={exp.author} onChange={(e) => setExp({ ...exp, author: e.currentTarget.value })} />
          </label>
          <label className="narrow">
            <span className="field-label">{S.pack.exportVersion}</span>
            <input type="text" required pattern="\d+(\.\d+){0,2}" value={exp.version} onChange={(e) => setExp({ ...exp, version: e.currentTarget.value })} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={exp.lock} onChange={(e) => setExp({ ...exp, lock: e.currentTarget.checked })} />
          {S.pack.exportLock}
        </label>
        <button type="submit" className="button">
          {S.pack.exportButton}
        </button>
        <Problems title={S.pack.exportLeftOut} items={leftOut} kind="warning" />
      </form>
      <p className="muted small">{S.pack.docs}</p>
    </Section>
  );
}
