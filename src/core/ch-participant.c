/* ch-participant.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-participant"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-entity-private.h"
#include "ch-enum-types.h"
#include "ch-participant.h"

struct _ChParticipant
{
  ChEntity           parent_instance;

  char              *name;
  char              *organisation;
  char              *persona_id;
  ChParticipantKind  kind;
  ChParticipantRole  role;
};

G_DEFINE_FINAL_TYPE (ChParticipant, ch_participant, CH_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_KIND,
  PROP_ROLE,
  PROP_PERSONA_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_participant_finalize (GObject *object)
{
  ChParticipant *self = (ChParticipant *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->persona_id, g_free);

  G_OBJECT_CLASS (ch_participant_parent_class)->finalize (object);
}

static void
ch_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChParticipant *self = CH_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_PERSONA_ID:
      g_value_set_string (value, self->persona_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChParticipant *self = CH_PARTICIPANT (object);
  ChEntity *entity = CH_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ch_entity_take_string (entity, &self->name, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_ORGANISATION:
      ch_entity_take_string (entity, &self->organisation, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_KIND:
      ch_entity_take_int (entity, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;

    case PROP_ROLE:
      ch_entity_take_int (entity, (int *)&self->role, g_value_get_enum (value), pspec);
      break;

    case PROP_PERSONA_ID:
      ch_entity_take_string (entity, &self->persona_id, g_value_get_string (value), TRUE, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_class_init (ChParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_participant_finalize;
  object_class->get_property = ch_participant_get_property;
  object_class->set_property = ch_participant_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CH_TYPE_PARTICIPANT_KIND, CH_PARTICIPANT_KIND_CUSTOMER, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       CH_TYPE_PARTICIPANT_ROLE, CH_PARTICIPANT_ROLE_NONE, flags);
  /* The id of the persona the participant stands for, or %NULL. */
  properties[PROP_PERSONA_ID] =
    g_param_spec_string ("persona-id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_participant_init (ChParticipant *self)
{
  self->name = g_strdup ("");
}

ChParticipant *
ch_participant_new (const char *id,
                    const char *name)
{
  return g_object_new (CH_TYPE_PARTICIPANT,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
ch_participant_get_name (ChParticipant *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (self), NULL);
  return self->name;
}

const char *
ch_participant_get_organisation (ChParticipant *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (self), NULL);
  return self->organisation;
}

ChParticipantKind
ch_participant_get_kind (ChParticipant *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (self), 0);
  return self->kind;
}

ChParticipantRole
ch_participant_get_role (ChParticipant *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (self), 0);
  return self->role;
}

const char *
ch_participant_get_persona_id (ChParticipant *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT (self), NULL);
  return self->persona_id;
}
