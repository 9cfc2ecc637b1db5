import { paragraphsOf } from '../format.ts';

/** Plain text as typed: paragraphs at blank lines, line breaks kept inside them; every part escaped. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((lines) => (
        <p>
          {lines.map((line, index) => (
            <>
              {index > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
