/* ch-new-participant-popover.h: adds a participant from the capture bar
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_NEW_PARTICIPANT_POPOVER (ch_new_participant_popover_get_type())

G_DECLARE_FINAL_TYPE (ChNewParticipantPopover, ch_new_participant_popover,
                      CH, NEW_PARTICIPANT_POPOVER, GtkPopover)

GtkWidget *ch_new_participant_popover_new         (void);
ChProject *ch_new_participant_popover_get_project (ChNewParticipantPopover *self);
void       ch_new_participant_popover_set_project (ChNewParticipantPopover *self,
                                                   ChProject               *project);

G_END_DECLS
