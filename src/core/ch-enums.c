/* ch-enums.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-enum-types.h"
#include "ch-enums.h"

/**
 * ch_enum_to_nick:
 *
 * Returns: (nullable): the nick of @value in @enum_type (the word the
 *   workshop file and the store use), or %NULL when @value is not one.
 */
const char *
ch_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ch_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
ch_persona_kind_to_label (ChPersonaKind kind)
{
  switch (kind)
    {
    case CH_PERSONA_KIND_EXTERNAL:
      /* Translators: a persona who stands for a customer */
      return _("External customer");
    case CH_PERSONA_KIND_INTERNAL:
      /* Translators: a persona who stands for a colleague, an internal customer */
      return _("Internal customer");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ch_participant_kind_to_label (ChParticipantKind kind)
{
  switch (kind)
    {
    case CH_PARTICIPANT_KIND_CUSTOMER:
      return _("Customer");
    case CH_PARTICIPANT_KIND_EMPLOYEE:
      return _("Employee");
    case CH_PARTICIPANT_KIND_FACILITATOR:
      return _("Facilitator");
    case CH_PARTICIPANT_KIND_OBSERVER:
      return _("Observer");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ch_participant_role_to_label (ChParticipantRole role)
{
  switch (role)
    {
    case CH_PARTICIPANT_ROLE_NONE:
      /* Translators: a participant's role in co-design: none given */
      return _("No role");
    case CH_PARTICIPANT_ROLE_CONNECTER:
      return _("Connecter");
    case CH_PARTICIPANT_ROLE_CO_CREATOR:
      return _("Co-creator");
    case CH_PARTICIPANT_ROLE_CO_PRODUCER:
      return _("Co-producer");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ch_idea_status_to_label (ChIdeaStatus status)
{
  switch (status)
    {
    case CH_IDEA_STATUS_NEW:
      /* Translators: the status of an idea */
      return C_("idea status", "New");
    case CH_IDEA_STATUS_SHORTLISTED:
      return C_("idea status", "Shortlisted");
    case CH_IDEA_STATUS_ACCEPTED:
      return C_("idea status", "Accepted");
    case CH_IDEA_STATUS_PARKED:
      return C_("idea status", "Parked");
    case CH_IDEA_STATUS_DONE:
      return C_("idea status", "Done");
    default:
      g_return_val_if_reached (NULL);
    }
}
