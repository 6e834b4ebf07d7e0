import { SimpleKeyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useEffect, useRef } from 'react';

/**
 * Letters for pinyin and initials (bj → 保洁), typed on screen: the kiosk has no physical keyboard.
 * The keyboard only reports keys; the text itself is owned by the caller's store.
 */
export function OnscreenKeyboard(props: {
  onKey(key: string): void;
  labels: { space: string; delete: string };
}) {
  const el = useRef<HTMLDivElement>(null);
  const onKey = useRef(props.onKey);
  useEffect(() => {
    onKey.current = props.onKey;
  });

  useEffect(() => {
    if (!el.current) return;
    const kb = new SimpleKeyboard(el.current, {
      layout: {
        default: ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m {bksp}', '{space}'],
      },
      display: { '{bksp}': `⌫ ${props.labels.delete}`, '{space}': props.labels.space },
      theme: 'hg-theme-default kiosk-keyboard',
      onKeyPress: (button: string) => onKey.current(button),
      // Touch screens send both touch and mouse events; one press must type one letter.
      useTouchEvents: false,
      disableButtonHold: true,
    });
    return () => kb.destroy();
  }, [props.labels.delete, props.labels.space]);

  return <div ref={el} className="onscreen-keyboard" data-testid="onscreen-keyboard" />;
}

/** What a key does to the text: letters append (at most 20), ⌫ deletes, space separates words. */
export function applyKey(text: string, key: string): string {
  if (key === '{bksp}') return [...text].slice(0, -1).join('');
  if (key === '{space}') return text.endsWith(' ') || text === '' ? text : `${text} `;
  if (/^[a-z]$/.test(key) && text.length < 20) return text + key;
  return text;
}
