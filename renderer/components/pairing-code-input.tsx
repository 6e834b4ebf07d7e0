import type { InputHTMLAttributes } from 'react';

/** Large enough to check against the device's screen at a glance. */
const codeInputStyle = {
  fontSize: '1.6rem',
  width: '13ch',
  flex: 'none',
  textTransform: 'uppercase',
} as const;

/** The field where staff type the code a new device shows: one look and behaviour wherever it is. */
export function PairingCodeInput(
  props: Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onChange(value: string): void;
  },
) {
  const { value, onChange, ...rest } = props;
  return (
    <input
      className="mono"
      style={codeInputStyle}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={16}
      placeholder="XXXX XXXX"
      {...rest}
    />
  );
}
