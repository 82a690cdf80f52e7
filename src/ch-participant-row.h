/* ch-participant-row.h: one participant in the list of participants
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PARTICIPANT_ROW (ch_participant_row_get_type())

G_DECLARE_FINAL_TYPE (ChParticipantRow, ch_participant_row, CH, PARTICIPANT_ROW, AdwBin)

ChProject     *ch_participant_row_get_project     (ChParticipantRow *self);
void           ch_participant_row_set_project     (ChParticipantRow *self,
                                                   ChProject        *project);
ChParticipant *ch_participant_row_get_participant (ChParticipantRow *self);
void           ch_participant_row_set_participant (ChParticipantRow *self,
                                                   ChParticipant    *participant);

G_END_DECLS
