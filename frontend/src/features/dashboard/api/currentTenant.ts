import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export function useCurrentTenant(tenantId: string) {
  return useQuery({
    queryKey: ['tenants', tenantId, 'overview'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenants/current', { params: { header: { 'X-Tenant-Id': tenantId } } })),
  });
}
