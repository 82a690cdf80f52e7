/* ch-review-store.h: bringing a list store to a new list of items with
 * the fewest changes, so that the rows of what stayed stay
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ch_review_store_sync (GListStore *store,
                               GPtrArray  *items);

G_END_DECLS
