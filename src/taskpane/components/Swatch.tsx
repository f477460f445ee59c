/** A small colour square; decorative (the words beside it carry the meaning). */
import { tokens } from '@fluentui/react-components';

export function Swatch({ fill }: { fill: string | null }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '14px',
        height: '14px',
        flexShrink: 0,
        borderRadius: '3px',
        backgroundColor: fill ?? 'transparent',
        border: `1px solid ${fill ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke2}`,
        // In forced-colours mode backgrounds are dropped; keep the outline so the square does not vanish.
        forcedColorAdjust: 'none',
      }}
    />
  );
}
