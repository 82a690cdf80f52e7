/* ch-participant-editor.h: the side pane that edits one participant
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_PARTICIPANT_EDITOR (ch_participant_editor_get_type())

G_DECLARE_FINAL_TYPE (ChParticipantEditor, ch_participant_editor, CH, PARTICIPANT_EDITOR,
                      GtkWidget)

ChProject     *ch_participant_editor_get_project     (ChParticipantEditor *self);
void           ch_participant_editor_set_project     (ChParticipantEditor *self,
                                                      ChProject           *project);
ChParticipant *ch_participant_editor_get_participant (ChParticipantEditor *self);
void           ch_participant_editor_set_participant (ChParticipantEditor *self,
                                                      ChParticipant       *participant);
void           ch_participant_editor_focus_name      (ChParticipantEditor *self);

G_END_DECLS
