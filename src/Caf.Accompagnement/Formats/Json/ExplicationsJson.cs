namespace Caf.Accompagnement.Json;

/// <summary>Conversion des explications (CRPA R311-3-1-2) vers et depuis leur objet de transfert.</summary>
internal static class ExplicationsJson
{
    internal static ExplicationDocument VersDocument(Explication e) => new()
    {
        Regle = e.Regle,
        Contribution = e.Contribution,
        Donnees = [.. e.Donnees.Select(d => new DonneeUtiliseeDocument { Nom = d.Nom, Valeur = d.Valeur, Source = d.Source })],
        Parametres = [.. e.Parametres.Select(p => new ParametreAppliqueDocument
        {
            Nom = p.Nom,
            Valeur = p.Valeur,
            EnVigueurDepuis = p.EnVigueurDepuis is { } d ? LectureJson.Iso(d) : null,
            Reference = p.Reference,
        })],
        Operations = [.. e.Operations],
        Conclusion = e.Conclusion,
        EstSatisfaite = e.EstSatisfaite,
        Motivation = e.Motivation,
        VoiesDeRecours = e.VoiesDeRecours.IsEmpty
            ? null
            : [.. e.VoiesDeRecours.Select(v => new VoieDeRecoursDocument
            {
                Nature = v.Nature,
                Autorite = v.Autorite,
                DelaiEnMois = v.DelaiEnMois,
                PointDeDepart = v.PointDeDepart,
                Reference = v.Reference,
            })],
    };

    internal static Explication? Lire(ExplicationDocument? document, LecteurDeDocument l, string chemin)
    {
        if (!l.Present(document, chemin))
        {
            return null;
        }

        var avant = l.Erreurs.Count;
        var regle = l.Texte(document!.Regle, $"{chemin}.regle");
        var contribution = l.Texte(document.Contribution, $"{chemin}.contribution");
        var conclusion = l.Texte(document.Conclusion, $"{chemin}.conclusion");
        var donnees = new List<DonneeUtilisee>();
        for (var i = 0; i < document.Donnees.Count; i++)
        {
            var c = $"{chemin}.donnees[{i}]";
            if (l.Present(document.Donnees[i], c))
            {
                var d = document.Donnees[i];
                var nom = l.TexteNonNul(d.Nom, $"{c}.nom");
                var valeur = l.TexteNonNul(d.Valeur, $"{c}.valeur");
                var source = l.TexteNonNul(d.Source, $"{c}.source");
                if (nom is not null && valeur is not null && source is not null)
                {
                    donnees.Add(new DonneeUtilisee(nom, valeur, source));
                }
            }
        }

        var parametres = new List<ParametreApplique>();
        for (var i = 0; i < document.Parametres.Count; i++)
        {
            var c = $"{chemin}.parametres[{i}]";
            if (l.Present(document.Parametres[i], c))
            {
                var p = document.Parametres[i];
                var nom = l.TexteNonNul(p.Nom, $"{c}.nom");
                var valeur = l.TexteNonNul(p.Valeur, $"{c}.valeur");
                var reference = l.TexteNonNul(p.Reference, $"{c}.reference");
                var (valide, depuis) = l.DateFacultative(p.EnVigueurDepuis, $"{c}.enVigueurDepuis");
                if (nom is not null && valeur is not null && reference is not null && valide)
                {
                    parametres.Add(new ParametreApplique(nom, valeur, depuis, reference));
                }
            }
        }

        for (var i = 0; i < document.Operations.Count; i++)
        {
            l.TexteNonNul(document.Operations[i], $"{chemin}.operations[{i}]");
        }

        var voies = new List<VoieDeRecours>();
        var documentsVoies = document.VoiesDeRecours ?? [];
        for (var i = 0; i < documentsVoies.Count; i++)
        {
            var c = $"{chemin}.voiesDeRecours[{i}]";
            if (l.Present(documentsVoies[i], c))
            {
                var v = documentsVoies[i];
                var nature = l.Texte(v.Nature, $"{c}.nature");
                var autorite = l.Texte(v.Autorite, $"{c}.autorite");
                var depart = l.Texte(v.PointDeDepart, $"{c}.pointDeDepart");
                var reference = l.Texte(v.Reference, $"{c}.reference");
                var delai = l.Borne(v.DelaiEnMois, 1, 24, $"{c}.delaiEnMois");
                if (nature is not null && autorite is not null && depart is not null && reference is not null && delai is { } mois)
                {
                    voies.Add(new VoieDeRecours(nature, autorite, mois, depart, reference));
                }
            }
        }

        return l.Erreurs.Count > avant
            ? null
            : new Explication(regle!, contribution!, donnees, parametres, document.Operations, conclusion!, document.EstSatisfaite).AvecVoiesDeRecours(voies);
    }
}
