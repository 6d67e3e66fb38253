using System.Text;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Territoires;

public sealed class ReferentielCommunesProprietes
{
    private static readonly ReferentielCommunes Cog = ReferentielCommunes.Cog2026;

    private static string Ligne(Commune c) =>
        $"{c.Code},\"{c.Nom}\",{string.Join(';', c.CodesPostaux)},{c.Population},{c.CodeEpci},{string.Join(';', c.AnciensCodes)},{c.Departement}";

    /// <summary>
    /// Un extrait du COG, dans un ordre quelconque, se recharge à l'identique : mêmes communes, rangées par code, avec les
    /// mêmes recherches par code, ancien code et code postal.
    /// </summary>
    [Property(MaxTest = 50)]
    public Property Un_extrait_melange_se_recharge_a_l_identique() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), graine =>
        {
            var hasard = new Random(graine);
            var extrait = Enumerable.Range(0, hasard.Next(1, 400)).Select(_ => Cog[hasard.Next(Cog.Count)]).DistinctBy(c => c.Index).ToArray();
            hasard.Shuffle(extrait);
            var csv = new StringBuilder("code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement\r\n");
            foreach (var c in extrait)
            {
                csv.Append(Ligne(c)).Append("\r\n");
            }

            var r = ReferentielCommunes.Lire(new StringReader(csv.ToString()), "extrait").GetValueOrThrow();
            var attendu = extrait.OrderBy(c => c.Index).ToArray();
            return r.Count == attendu.Length
                && r.Select((c, i) => c.Index == i && Ligne(c) == Ligne(attendu[i])).All(x => x)
                && attendu.All(c => r.TryGet(c.Code, out var t) && t.Nom == c.Nom
                    && c.AnciensCodes.All(a => r.TryGet(a, out var n, out var ancien) && ancien && n.Code == c.Code)
                    && r.ParCodePostal(c.CodesPostaux[0]).Any(x => x.Code == c.Code));
        });
}
