/** Share links as plain URLs: no third-party script runs on our pages, the reader's click goes to the network. */
export interface ShareLink {
  network: 'facebook' | 'zalo' | 'email';
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'zalo', href: `https://sp.zalo.me/share_to_zalo?url=${u}` },
    { network: 'email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
  ];
}
