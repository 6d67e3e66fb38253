using System.Numerics;

namespace Caf.Accompagnement.Cibles;

/// <content>Le noyau des cibles locales en colonnes (<see cref="CibleEnColonnes"/>).</content>
public sealed partial class Segmentation
{
    /// <summary>
    /// Une <see cref="CibleEnColonnes"/> résolue : indicateurs, naissance de l'allocataire, nombre d'enfants et ressources
    /// comparés plusieurs foyers à la fois (<see cref="Vector{T}"/>) ; le plus jeune enfant et la commune, plus rares et
    /// plus coûteux, seulement pour les foyers qui remplissent déjà le reste. Le bit est ajouté (OU) aux masques écrits
    /// par le noyau fusionné.
    /// </summary>
    private sealed class NoyauEnColonnes(uint bit, SeuilsEnColonnes s)
    {
        private readonly object _verrou = new();
        private Territoires.ReferentielCommunes? _referentiel;
        private bool[]? _communes;

        internal uint Bit => bit;

        internal void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            var communes = Communes(p);
            var indicateurs = p.IndicateursInternes;
            var naissances = p.NaissancesAllocataire;
            var ressources = p.Ressources;
            var debuts = p.DebutsEnfants;
            var scalaire = s.AvecPlusJeuneEnfant || communes is not null;
            var i = debut;
            if (Vector.IsHardwareAccelerated && s.RessourcesMax >= int.MinValue)
            {
                var masque = new Vector<uint>(s.MasqueIndicateurs);
                var requis = new Vector<uint>(s.Requis);
                var nMin = new Vector<int>(s.NaissanceMin);
                var nMax = new Vector<int>(s.NaissanceMax);
                var eMin = new Vector<int>(s.EnfantsMin);
                var eMax = new Vector<int>(s.EnfantsMax);
                var rMin = new Vector<int>(s.RessourcesMin);
                var rMax = new Vector<int>((int)s.RessourcesMax);
                var bits = new Vector<uint>(bit);
                for (; i + Vector<int>.Count <= fin; i += Vector<int>.Count)
                {
                    var n = new Vector<int>(naissances, i);
                    var r = new Vector<int>(ressources, i);
                    var e = new Vector<int>(debuts, i + 1) - new Vector<int>(debuts, i);
                    var ok = Vector.AsVectorUInt32(
                        Vector.GreaterThanOrEqual(n, nMin) & Vector.LessThanOrEqual(n, nMax)
                        & Vector.GreaterThanOrEqual(e, eMin) & Vector.LessThanOrEqual(e, eMax)
                        & Vector.GreaterThanOrEqual(r, rMin) & Vector.LessThanOrEqual(r, rMax))
                        & Vector.Equals(new Vector<uint>(indicateurs, i) & masque, requis);
                    if (ok == Vector<uint>.Zero)
                    {
                        continue;
                    }

                    if (!scalaire)
                    {
                        (new Vector<uint>(masques, i) | (ok & bits)).CopyTo(masques, i);
                        continue;
                    }

                    for (var k = 0; k < Vector<int>.Count; k++)
                    {
                        if (ok[k] != 0 && Rares(p, communes, i + k))
                        {
                            masques[i + k] |= bit;
                        }
                    }
                }
            }

            for (; i < fin; i++)
            {
                if (Frequentes(p, i) && (!scalaire || Rares(p, communes, i)))
                {
                    masques[i] |= bit;
                }
            }
        }

        private bool Frequentes(Population p, int i)
        {
            var n = p.NaissancesAllocataire[i];
            var e = p.DebutsEnfants[i + 1] - p.DebutsEnfants[i];
            var r = p.Ressources[i];
            return (p.IndicateursInternes[i] & s.MasqueIndicateurs) == s.Requis
                && n >= s.NaissanceMin && n <= s.NaissanceMax
                && e >= s.EnfantsMin && e <= s.EnfantsMax
                && r >= s.RessourcesMin && r <= s.RessourcesMax;
        }

        private bool Rares(Population p, bool[]? communes, int i)
        {
            if (communes is not null && !communes[p.CommunesInternes[i]])
            {
                return false;
            }

            if (!s.AvecPlusJeuneEnfant)
            {
                return true;
            }

            // Enfants du plus âgé au plus jeune : le plus jeune né au plus tard à la date de référence.
            var enfants = p.Enfants;
            for (var j = p.DebutsEnfants[i + 1] - 1; j >= p.DebutsEnfants[i]; j--)
            {
                var naissance = enfants[j] >> 1;
                if (naissance <= s.ReferenceJour)
                {
                    return naissance > s.EnfantNeApres;
                }
            }

            return false;
        }

        /// <summary>Les communes admises, par index du référentiel de la population (calculées une fois par référentiel).</summary>
        private bool[]? Communes(Population p)
        {
            if (s.Cible.Communes is null)
            {
                return null;
            }

            lock (_verrou)
            {
                if (!ReferenceEquals(_referentiel, p.Referentiel))
                {
                    _communes = s.Cible.CommunesAdmises(p.Referentiel);
                    _referentiel = p.Referentiel;
                }

                return _communes;
            }
        }
    }
}
