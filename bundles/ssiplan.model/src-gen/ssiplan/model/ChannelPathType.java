/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Path Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * CHPID type.
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getChannelPathType()
 * @model
 * @generated
 */
public enum ChannelPathType implements Enumerator {
	/**
	 * The '<em><b>FC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FICON native; also carries FICON CTCs (FCTC) for ISFC.
	 * <!-- end-model-doc -->
	 * @see #FC_VALUE
	 * @generated
	 * @ordered
	 */
	FC(0, "FC", "FC"),

	/**
	 * The '<em><b>FCP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FCP_VALUE
	 * @generated
	 * @ordered
	 */
	FCP(1, "FCP", "FCP"),

	/**
	 * The '<em><b>OSD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OSA-Express in QDIO mode.
	 * <!-- end-model-doc -->
	 * @see #OSD_VALUE
	 * @generated
	 * @ordered
	 */
	OSD(2, "OSD", "OSD"),

	/**
	 * The '<em><b>OSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OSE_VALUE
	 * @generated
	 * @ordered
	 */
	OSE(3, "OSE", "OSE"),

	/**
	 * The '<em><b>IQD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HiperSockets.
	 * <!-- end-model-doc -->
	 * @see #IQD_VALUE
	 * @generated
	 * @ordered
	 */
	IQD(4, "IQD", "IQD");

	/**
	 * The '<em><b>FC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FICON native; also carries FICON CTCs (FCTC) for ISFC.
	 * <!-- end-model-doc -->
	 * @see #FC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FC_VALUE = 0;

	/**
	 * The '<em><b>FCP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FCP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FCP_VALUE = 1;

	/**
	 * The '<em><b>OSD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OSA-Express in QDIO mode.
	 * <!-- end-model-doc -->
	 * @see #OSD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OSD_VALUE = 2;

	/**
	 * The '<em><b>OSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OSE_VALUE = 3;

	/**
	 * The '<em><b>IQD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HiperSockets.
	 * <!-- end-model-doc -->
	 * @see #IQD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IQD_VALUE = 4;

	/**
	 * An array of all the '<em><b>Channel Path Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelPathType[] VALUES_ARRAY =
		new ChannelPathType[] {
			FC,
			FCP,
			OSD,
			OSE,
			IQD,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Path Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelPathType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Path Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelPathType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelPathType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Path Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelPathType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelPathType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Path Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelPathType get(int value) {
		switch (value) {
			case FC_VALUE: return FC;
			case FCP_VALUE: return FCP;
			case OSD_VALUE: return OSD;
			case OSE_VALUE: return OSE;
			case IQD_VALUE: return IQD;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ChannelPathType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ChannelPathType
