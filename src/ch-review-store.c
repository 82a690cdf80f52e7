/* ch-review-store.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review and the loop pages show lists worked out again after each
 * change (a ranking, who is still to be told). Setting such a list in
 * its store as a whole would make every row again, and take the
 * keyboard away from the one the user is in: only the part between what
 * is the same at the start and at the end is replaced, in one splice.
 */

#define G_LOG_DOMAIN "ch-review-store"

#include "config.h"

#include "ch-review-store.h"

/**
 * ch_review_store_sync:
 * @items: (element-type GObject): what @store is to hold, in order
 *
 * Returns: whether @store changed
 */
gboolean
ch_review_store_sync (GListStore *store,
                      GPtrArray  *items)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  guint start = 0;
  guint end = 0;

  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  while (start < n_items && start < items->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, start);

      if (item != g_ptr_array_index (items, start))
        break;
      start++;
    }

  if (start == n_items && start == items->len)
    return FALSE;

  while (end < n_items - start && end < items->len - start)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_items - 1 - end);

      if (item != g_ptr_array_index (items, items->len - 1 - end))
        break;
      end++;
    }

  g_list_store_splice (store, start, n_items - start - end,
                       items->pdata + start, items->len - start - end);

  return TRUE;
}
