/** A phone-style keypad with big keys; the only way to enter digits at the kiosk (no letters). */
export function NumericKeypad(props: {
  onDigit(d: string): void;
  onDelete(): void;
  onClear(): void;
  deleteLabel: string;
  clearLabel: string;
}) {
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  return (
    <div className="keypad" role="group">
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          className="key"
          onClick={() => props.onDigit(k)}
          data-testid={`key-${k}`}
        >
          {k}
        </button>
      ))}
      <button type="button" className="key key-small" onClick={props.onClear}>
        {props.clearLabel}
      </button>
      <button type="button" className="key" onClick={() => props.onDigit('0')} data-testid="key-0">
        0
      </button>
      <button type="button" className="key key-small" onClick={props.onDelete} aria-label={props.deleteLabel}>
        ⌫
      </button>
    </div>
  );
}
