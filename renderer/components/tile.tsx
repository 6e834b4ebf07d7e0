import type { ReactNode } from 'react';
import { Icon } from './icon';

/** A big square choice: icon over a word. Pressed state is announced, and shown with a tick. */
export function Tile(props: {
  icon: string;
  label: string;
  selected?: boolean;
  /** A tile that opens what it holds (a group showing its trades) rather than choosing itself. */
  expanded?: boolean;
  onPress(): void;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`tile${props.selected ? ' selected' : ''}${props.expanded ? ' open' : ''}`}
      aria-pressed={props.selected ?? undefined}
      aria-expanded={props.expanded ?? undefined}
      onClick={props.onPress}
      data-testid={props.testId}
    >
      <Icon name={props.icon} size={56} />
      <span className="tile-label">{props.label}</span>
      {props.selected && (
        <span className="tile-tick">
          <Icon name="check" size={28} />
        </span>
      )}
      {props.children}
    </button>
  );
}
