/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import { Circle, Ellipse, G, Image, Line, Path, Polygon, Polyline, Rect, Svg, Text, Tspan } from './primitives';
import { parseSvgLogo, type SvgElement } from './svg-logo';

export interface DecodedImage {
  mime: string;
  bytes: Buffer;
}

export function decodeDataUrl(url: string): DecodedImage | null {
  const match = /^data:([a-z0-9.+/-]+)((?:;[^;,]*)*),(.*)$/is.exec(url);
  if (!match) return null;
  const [, mime, parameters, data] = match;
  const base64 = /;base64$/i.test(parameters!);
  try {
    return { mime: mime!.toLowerCase(), bytes: base64 ? Buffer.from(data!, 'base64') : Buffer.from(decodeURIComponent(data!), 'utf8') };
  } catch {
    return null;
  }
}

const SIGNATURES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** A file that does not start like a PNG or JPEG is not given to react-pdf, which would only complain. */
function hasSignature(image: DecodedImage): boolean {
  const signature = SIGNATURES[image.mime] ?? [];
  return signature.every((byte, index) => image.bytes[index] === byte);
}

/** The logo's size in the header, in points: this tall, unless that would make it wider than the maximum. */
const LOGO = { height: 40, maxWidth: 170 };

const SVG_ELEMENTS = { g: G, path: Path, circle: Circle, ellipse: Ellipse, rect: Rect, line: Line, polyline: Polyline, polygon: Polygon, text: Text, tspan: Tspan };

function SvgShape({ element, printable }: { element: SvgElement; printable: (text: string) => string }): ReactNode {
  // Each tag gets the props its SVG attributes map to; react-pdf ignores ones a shape does not use.
  const Element = SVG_ELEMENTS[element.tag] as unknown as (props: Record<string, unknown>) => ReactNode;
  return (
    <Element {...element.props}>
      {element.text !== undefined && printable(element.text)}
      {element.children.map((child, index) => (
        <SvgShape key={index} element={child} printable={printable} />
      ))}
    </Element>
  );
}

/**
 * The clinic's logo: SVG drawn as react-pdf shapes, PNG and JPEG as images.
 * Returns null when it cannot be drawn (WebP, or SVG beyond plain shapes and
 * text), and the header shows the clinic's name instead.
 */
export function renderLogo(dataUrl: string | undefined, family: string, printable: (text: string) => string): ReactNode | null {
  const image = dataUrl ? decodeDataUrl(dataUrl) : null;
  if (!image) return null;
  if (image.mime === 'image/png' || image.mime === 'image/jpeg') {
    if (!hasSignature(image)) return null;
    return <Image src={{ data: image.bytes, format: image.mime === 'image/png' ? 'png' : 'jpg' }} style={{ height: LOGO.height, maxWidth: LOGO.maxWidth, objectFit: 'contain', objectPosition: 'left' }} />;
  }
  if (image.mime !== 'image/svg+xml') return null;
  const logo = parseSvgLogo(image.bytes.toString('utf8'));
  if (!logo) return null;
  const { x, y, width, height } = logo.viewBox;
  const scale = Math.min(LOGO.height / height, LOGO.maxWidth / width);
  return (
    <Svg viewBox={`${x} ${y} ${width} ${height}`} width={width * scale} height={height * scale}>
      <G style={{ fontFamily: family }}>
        <SvgShape element={logo.root} printable={printable} />
      </G>
    </Svg>
  );
}
