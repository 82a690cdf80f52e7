/* ch-participants-page.h: the participants of a project
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PARTICIPANTS_PAGE (ch_participants_page_get_type())

G_DECLARE_FINAL_TYPE (ChParticipantsPage, ch_participants_page, CH, PARTICIPANTS_PAGE, AdwBin)

ChProject     *ch_participants_page_get_project  (ChParticipantsPage *self);
void           ch_participants_page_set_project  (ChParticipantsPage *self,
                                                  ChProject          *project);
ChParticipant *ch_participants_page_get_selected (ChParticipantsPage *self);
void           ch_participants_page_select       (ChParticipantsPage *self,
                                                  ChParticipant      *participant);

G_END_DECLS
