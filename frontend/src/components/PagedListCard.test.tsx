import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onDesktop } from '@/test/viewport';
import { PagedListCard, type PagedQuery } from './PagedListCard';

interface Fruit {
  id: string;
  name: string;
}

const apples: PagedQuery<Fruit> = {
  data: { items: [{ id: '1', name: 'apple' }], total: 21 },
  error: undefined,
  isFetching: false,
  refetch: () => undefined,
};

function Fruits({ query = apples, onOpen }: { query?: PagedQuery<Fruit>; onOpen?: (fruit: Fruit) => void }) {
  return (
    <PagedListCard<Fruit>
      testId="fruit"
      filters={<span>filters</span>}
      query={query}
      page={1}
      pageSize={20}
      onPageChange={() => {}}
      totalText={(total) => `${total} fruits`}
      emptyText="no fruit"
      columns={[{ key: 'name', title: 'Name', dataIndex: 'name' }]}
      phoneItem={(fruit) => <span>{fruit.name} on a phone</span>}
      onOpen={onOpen}
    />
  );
}

describe('paged list card', () => {
  it('stacks the rows in a list on a phone and opens one when tapped', async () => {
    const onOpen = vi.fn();
    render(<Fruits onOpen={onOpen} />);

    const list = within(screen.getByTestId('fruit-list'));
    expect(list.getByText('filters')).toBeInTheDocument();
    await userEvent.click(list.getByText('apple on a phone'));

    expect(onOpen).toHaveBeenCalledWith({ id: '1', name: 'apple' });
    expect(screen.queryByTestId('fruit-table')).not.toBeInTheDocument();
  });

  it('offers a retry when the first page failed', async () => {
    const refetch = vi.fn();
    render(<Fruits query={{ data: undefined, error: new TypeError('offline'), isFetching: false, refetch }} />);

    await userEvent.click(within(screen.getByTestId('fruit-list')).getByRole('button', { name: /重\s*试/ }));

    expect(refetch).toHaveBeenCalledOnce();
  });

  describe('on a wider screen', () => {
    onDesktop();

    it('shows a table with the total and opens a row when clicked', async () => {
      const onOpen = vi.fn();
      render(<Fruits onOpen={onOpen} />);

      const table = within(screen.getByTestId('fruit-table'));
      expect(table.getByText('21 fruits')).toBeInTheDocument();
      await userEvent.click(table.getByText('apple'));

      expect(onOpen).toHaveBeenCalledWith({ id: '1', name: 'apple' });
    });
  });
});
