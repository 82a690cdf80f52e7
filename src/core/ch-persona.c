/* ch-persona.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-persona"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-entity-private.h"
#include "ch-enum-types.h"
#include "ch-persona.h"

struct _ChPersona
{
  ChEntity       parent_instance;

  char          *name;
  char          *color;
  char          *segment;
  char          *goals;
  char          *pains;
  char         **quotes;
  char          *notes;
  ChPersonaKind  kind;
};

G_DEFINE_FINAL_TYPE (ChPersona, ch_persona, CH_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_COLOR,
  PROP_SEGMENT,
  PROP_GOALS,
  PROP_PAINS,
  PROP_QUOTES,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_persona_finalize (GObject *object)
{
  ChPersona *self = (ChPersona *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->segment, g_free);
  g_clear_pointer (&self->goals, g_free);
  g_clear_pointer (&self->pains, g_free);
  g_clear_pointer (&self->quotes, g_strfreev);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ch_persona_parent_class)->finalize (object);
}

static void
ch_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ChPersona *self = CH_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_SEGMENT:
      g_value_set_string (value, self->segment);
      break;

    case PROP_GOALS:
      g_value_set_string (value, self->goals);
      break;

    case PROP_PAINS:
      g_value_set_string (value, self->pains);
      break;

    case PROP_QUOTES:
      g_value_set_boxed (value, self->quotes);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ChPersona *self = CH_PERSONA (object);
  ChEntity *entity = CH_ENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ch_entity_take_string (entity, &self->name, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_KIND:
      ch_entity_take_int (entity, (int *)&self->kind, g_value_get_enum (value), pspec);
      break;

    case PROP_COLOR:
      ch_entity_take_string (entity, &self->color, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_SEGMENT:
      ch_entity_take_string (entity, &self->segment, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_GOALS:
      ch_entity_take_string (entity, &self->goals, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_PAINS:
      ch_entity_take_string (entity, &self->pains, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_QUOTES:
      ch_entity_take_strv (entity, &self->quotes, g_value_get_boxed (value), pspec);
      break;

    case PROP_NOTES:
      ch_entity_take_string (entity, &self->notes, g_value_get_string (value), TRUE, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_class_init (ChPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_persona_finalize;
  object_class->get_property = ch_persona_get_property;
  object_class->set_property = ch_persona_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CH_TYPE_PERSONA_KIND, CH_PERSONA_KIND_EXTERNAL, flags);
  /* "#rrggbb", or %NULL. */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_SEGMENT] =
    g_param_spec_string ("segment", NULL, NULL, NULL, flags);
  properties[PROP_GOALS] =
    g_param_spec_string ("goals", NULL, NULL, NULL, flags);
  properties[PROP_PAINS] =
    g_param_spec_string ("pains", NULL, NULL, NULL, flags);
  properties[PROP_QUOTES] =
    g_param_spec_boxed ("quotes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_persona_init (ChPersona *self)
{
  self->name = g_strdup ("");
}

ChPersona *
ch_persona_new (const char *id,
                const char *name)
{
  return g_object_new (CH_TYPE_PERSONA,
                       "id", id,
                       "name", name,
                       NULL);
}

const char *
ch_persona_get_name (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->name;
}

ChPersonaKind
ch_persona_get_kind (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), 0);
  return self->kind;
}

const char *
ch_persona_get_color (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->color;
}

const char *
ch_persona_get_segment (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->segment;
}

const char *
ch_persona_get_goals (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->goals;
}

const char *
ch_persona_get_pains (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->pains;
}

const char * const *
ch_persona_get_quotes (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return (const char * const *)self->quotes;
}

const char *
ch_persona_get_notes (ChPersona *self)
{
  g_return_val_if_fail (CH_IS_PERSONA (self), NULL);
  return self->notes;
}
