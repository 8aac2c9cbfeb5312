import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The last line of defence: a render error anywhere below the router. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Result
        status="500"
        title={t('errors.title')}
        subTitle={t('errors.unexpected')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        }
      />
    </Flex>
  );
}
