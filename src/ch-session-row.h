/* ch-session-row.h: one session in the list of sessions
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_SESSION_ROW (ch_session_row_get_type())

G_DECLARE_FINAL_TYPE (ChSessionRow, ch_session_row, CH, SESSION_ROW, AdwBin)

ChSession *ch_session_row_get_session (ChSessionRow *self);
void       ch_session_row_set_session (ChSessionRow *self,
                                       ChSession    *session);

G_END_DECLS
