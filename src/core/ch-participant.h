/* ch-participant.h: someone who took part in a workshop
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-entity.h"
#include "ch-enums.h"

G_BEGIN_DECLS

#define CH_TYPE_PARTICIPANT (ch_participant_get_type())

G_DECLARE_FINAL_TYPE (ChParticipant, ch_participant, CH, PARTICIPANT, ChEntity)

ChParticipant     *ch_participant_new              (const char    *id,
                                                    const char    *name);
const char        *ch_participant_get_name         (ChParticipant *self);
const char        *ch_participant_get_organisation (ChParticipant *self);
ChParticipantKind  ch_participant_get_kind         (ChParticipant *self);
ChParticipantRole  ch_participant_get_role         (ChParticipant *self);
const char        *ch_participant_get_persona_id   (ChParticipant *self);

G_END_DECLS
