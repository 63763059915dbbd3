import type { SVGProps } from "react";
import { INK, type ChartColour } from "./palette";

/**
 * Diagonal hatching over a light tint of the colour: the mark of an approximate value ("≈ 10 000",
 * a rounded count), visible without colour. Pattern content does not inherit from the shape that uses it,
 * so each colour gets its own pattern.
 */
export function HatchPattern({ id, colour }: { id: string; colour: ChartColour }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} className={INK.paper} />
      <rect width={6} height={6} className={colour.fill} fillOpacity={0.3} />
      <line x1={1.5} y1={0} x2={1.5} y2={6} className={colour.stroke} strokeWidth={3} />
    </pattern>
  );
}

/** A legend swatch for an approximate bar, drawn with the chart's own hatch pattern. */
export function HatchSwatch({ patternId, colour }: { patternId: string; colour: ChartColour }) {
  return <rect x={1} y={1} width={26} height={12} fill={`url(#${patternId})`} className={colour.stroke} strokeWidth={1} />;
}

type TextProps = Omit<SVGProps<SVGTextElement>, "x" | "y" | "children">;

/** Lines of an already wrapped label, the first one's baseline at `y`. */
export function MultilineText({ lines, x, y, lineHeight, ...props }: { lines: string[]; x: number | string; y: number; lineHeight: number } & TextProps) {
  return (
    <text x={x} y={y} {...props}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={y + index * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
