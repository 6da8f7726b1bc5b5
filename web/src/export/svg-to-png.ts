import { withPngText } from './png-text.js';

/** A standalone SVG drawn onto a white canvas at twice its size, as PNG with its title and description as text chunks. */
export async function svgToPng(svg: string, text: { Title: string; Description: string }): Promise<Blob> {
  const width = Number(/width="([0-9.]+)"/.exec(svg)?.[1] ?? 800);
  const height = Number(/height="([0-9.]+)"/.exec(svg)?.[1] ?? 600);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'));
    return new Blob([withPngText(new Uint8Array(await blob.arrayBuffer()), text) as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
