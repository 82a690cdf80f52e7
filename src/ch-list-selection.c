/* ch-list-selection.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-list-selection"

#include "config.h"

#include "ch-list-selection.h"

/**
 * ch_list_selection_select:
 * @item: an item of @selection's model
 *
 * Selects @item and scrolls @list_view to it. Looks from the end: what
 * is selected this way was usually just added.
 */
void
ch_list_selection_select (GtkSingleSelection *selection,
                          GtkListView        *list_view,
                          gpointer            item)
{
  GListModel *model;

  g_return_if_fail (GTK_IS_SINGLE_SELECTION (selection));
  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));

  model = G_LIST_MODEL (selection);

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i - 1);

      if (other == item)
        {
          gtk_single_selection_set_selected (selection, i - 1);
          gtk_widget_activate_action (GTK_WIDGET (list_view), "list.scroll-to-item", "u", i - 1);
          return;
        }
    }
}
