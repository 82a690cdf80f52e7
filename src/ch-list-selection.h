/* ch-list-selection.h: selecting an item of a list view
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ch_list_selection_select (GtkSingleSelection *selection,
                               GtkListView        *list_view,
                               gpointer            item);

G_END_DECLS
