using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Caf.Accompagnement.Activite;

/// <summary>Un <see cref="DbDataReader"/> minimal sur des lignes de textes, pour écrire un CSV avec Sylvan.Data.Csv.</summary>
internal sealed class LignesDataReader(IReadOnlyList<string> colonnes, IReadOnlyList<string[]> lignes) : DbDataReader, IDbColumnSchemaGenerator
{
    private int _position = -1;

    public override int FieldCount => colonnes.Count;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int RecordsAffected => -1;

    public override bool HasRows => lignes.Count > 0;

    public override bool IsClosed => false;

    public override int Depth => 0;

    public override bool Read() => ++_position < lignes.Count;

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => colonnes[ordinal];

    public override int GetOrdinal(string name) => colonnes.ToList().IndexOf(name);

    public override string GetDataTypeName(int ordinal) => "string";

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => typeof(string);

    public override string GetString(int ordinal) => lignes[_position][ordinal];

    public override object GetValue(int ordinal) => GetString(ordinal);

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < n; i++)
        {
            values[i] = GetString(i);
        }

        return n;
    }

    public override bool IsDBNull(int ordinal) => false;

    public override bool GetBoolean(int ordinal) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var s = GetString(ordinal);
        if (buffer is null)
        {
            return s.Length;
        }

        var n = (int)Math.Min(length, s.Length - dataOffset);
        if (n <= 0)
        {
            return 0;
        }

        s.CopyTo((int)dataOffset, buffer, bufferOffset, n);
        return n;
    }

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    public override long GetInt64(int ordinal) => throw new NotSupportedException();

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        new([.. colonnes.Select((nom, i) => (DbColumn)new Colonne(nom, i))]);

    private sealed class Colonne : DbColumn
    {
        internal Colonne(string nom, int rang)
        {
            ColumnName = nom;
            ColumnOrdinal = rang;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = false;
        }
    }
}
