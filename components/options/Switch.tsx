/** An on/off switch: a real checkbox (keyboard, screen readers, tests) drawn as a switch. */
export function Switch(props: { checked: boolean; label: string; disabled?: boolean; onChange(next: boolean): void; showLabel?: boolean }) {
  return (
    <label className={`switch${props.disabled ? ' is-disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-label={props.label}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {props.showLabel ? <span className="switch-label">{props.label}</span> : null}
    </label>
  );
}
