import { describe, expect, it } from 'vitest';
import { plainText, sanitizeRichText } from '#shared/text/rich-text.ts';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="/media/a.jpg" onload="alert(1)">',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href="JaVaScRiPt:alert(1)">bấm</a>',
  '<a href="&#106;avascript:alert(1)">bấm</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)><circle/></svg>',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">chữ</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<form action="https://evil.example"><input name=x></form>',
  '<div><scr<script>ipt>alert(1)</script></div>',
];

describe('rich text sanitizer', () => {
  it.each(payloads)('neutralizes %s', (payload) => {
    const clean = sanitizeRichText(`<p>Trước</p>${payload}<p>Sau</p>`);
    expect(clean).not.toMatch(/<script|<iframe|<object|<svg|<form|<style/i);
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/javascript:|data:/i);
    expect(clean).toContain('<p>Trước</p>');
  });

  it('keeps the formatting editors use', () => {
    const html =
      '<h2>Tiêu đề mục</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://chinhphu.vn">Chính phủ</a></p><ul><li>Một</li></ul><blockquote>Trích</blockquote><img src="/media/2026/11/anh.jpg" alt="Cầu Hiền Lương" />';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('turns an h1 into an h2 and protects new-tab links', () => {
    expect(sanitizeRichText('<h1>Lớn</h1>')).toBe('<h2>Lớn</h2>');
    expect(sanitizeRichText('<a href="https://a.vn" target="_blank">x</a>')).toBe(
      '<a href="https://a.vn" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('stores NFC text and gives plain text for summaries', () => {
    expect(sanitizeRichText('<p>Quảng Trị</p>'.normalize('NFD'))).toBe('<p>Quảng Trị</p>'.normalize('NFC'));
    expect(plainText('<p>Một <strong>hai</strong></p><p>ba</p>')).toBe('Một hai ba');
  });
});
