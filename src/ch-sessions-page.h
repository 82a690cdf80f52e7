/* ch-sessions-page.h: the sessions of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_SESSIONS_PAGE (ch_sessions_page_get_type())

G_DECLARE_FINAL_TYPE (ChSessionsPage, ch_sessions_page, CH, SESSIONS_PAGE, AdwBin)

ChProject *ch_sessions_page_get_project  (ChSessionsPage *self);
void       ch_sessions_page_set_project  (ChSessionsPage *self,
                                          ChProject      *project);
ChSession *ch_sessions_page_get_selected (ChSessionsPage *self);
void       ch_sessions_page_select       (ChSessionsPage *self,
                                          ChSession      *session);

G_END_DECLS
