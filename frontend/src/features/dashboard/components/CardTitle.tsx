import { theme } from 'antd';
import type { ReactNode } from 'react';

export function CardTitle({ icon, text }: { icon: ReactNode; text: string }) {
  const { token } = theme.useToken();
  return (
    <span>
      <span style={{ color: token.colorPrimary, marginInlineEnd: 8 }}>{icon}</span>
      {text}
    </span>
  );
}
