import { Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

interface PublicPageProps {
  title?: string;
  subtitle?: string;
  children: ReactNode;
}

/** The frame of the pages a visitor sees before signing in. */
export function PublicPage({ title, subtitle, children }: PublicPageProps) {
  return (
    <Layout style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #fff1f0 0%, #f5f5f5 320px)' }}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ padding: '16px 20px' }}>
        <Brand />
        <LanguageSwitch />
      </Flex>
      <Flex justify="center" style={{ padding: '8px 12px 48px' }}>
        <Card style={{ width: '100%', maxWidth: 520 }} styles={{ body: { padding: 'clamp(20px, 5vw, 32px)' } }}>
          {title && (
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 24 }}>
              {title}
            </Typography.Title>
          )}
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              {subtitle}
            </Typography.Paragraph>
          )}
          {children}
        </Card>
      </Flex>
    </Layout>
  );
}
