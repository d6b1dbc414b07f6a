/**
 */
package ssiplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.Cec;
import ssiplan.model.ChannelPath;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.CecImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getMachineType <em>Machine Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getSite <em>Site</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getMemoryGiB <em>Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getCpCount <em>Cp Count</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getIflCount <em>Ifl Count</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getChannelPaths <em>Channel Paths</em>}</li>
 *   <li>{@link ssiplan.model.impl.CecImpl#getLpars <em>Lpars</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CecImpl extends EObjectImpl implements Cec {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMachineType() <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineType()
	 * @generated
	 * @ordered
	 */
	protected static final MachineType MACHINE_TYPE_EDEFAULT = MachineType.Z10_EC;

	/**
	 * The cached value of the '{@link #getMachineType() <em>Machine Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineType()
	 * @generated
	 * @ordered
	 */
	protected MachineType machineType = MACHINE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected String serial = SERIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryGiB() <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_GI_B_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemoryGiB() <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryGiB()
	 * @generated
	 * @ordered
	 */
	protected int memoryGiB = MEMORY_GI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpCount() <em>Cp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CP_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpCount() <em>Cp Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpCount()
	 * @generated
	 * @ordered
	 */
	protected int cpCount = CP_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getIflCount() <em>Ifl Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIflCount()
	 * @generated
	 * @ordered
	 */
	protected static final int IFL_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIflCount() <em>Ifl Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIflCount()
	 * @generated
	 * @ordered
	 */
	protected int iflCount = IFL_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannelPaths() <em>Channel Paths</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelPath> channelPaths;

	/**
	 * The cached value of the '{@link #getLpars() <em>Lpars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLpars()
	 * @generated
	 * @ordered
	 */
	protected EList<Lpar> lpars;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.CEC;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineType getMachineType() {
		return machineType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineType(MachineType newMachineType) {
		MachineType oldMachineType = machineType;
		machineType = newMachineType == null ? MACHINE_TYPE_EDEFAULT : newMachineType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__MACHINE_TYPE, oldMachineType, machineType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerial() {
		return serial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerial(String newSerial) {
		String oldSerial = serial;
		serial = newSerial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryGiB() {
		return memoryGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryGiB(int newMemoryGiB) {
		int oldMemoryGiB = memoryGiB;
		memoryGiB = newMemoryGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__MEMORY_GI_B, oldMemoryGiB, memoryGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpCount() {
		return cpCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpCount(int newCpCount) {
		int oldCpCount = cpCount;
		cpCount = newCpCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__CP_COUNT, oldCpCount, cpCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIflCount() {
		return iflCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIflCount(int newIflCount) {
		int oldIflCount = iflCount;
		iflCount = newIflCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CEC__IFL_COUNT, oldIflCount, iflCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelPath> getChannelPaths() {
		if (channelPaths == null) {
			channelPaths = new EObjectContainmentEList<ChannelPath>(ChannelPath.class, this, SsiplanPackage.CEC__CHANNEL_PATHS);
		}
		return channelPaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lpar> getLpars() {
		if (lpars == null) {
			lpars = new EObjectContainmentEList<Lpar>(Lpar.class, this, SsiplanPackage.CEC__LPARS);
		}
		return lpars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SsiplanPackage.CEC__CHANNEL_PATHS:
				return ((InternalEList<?>)getChannelPaths()).basicRemove(otherEnd, msgs);
			case SsiplanPackage.CEC__LPARS:
				return ((InternalEList<?>)getLpars()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.CEC__NAME:
				return getName();
			case SsiplanPackage.CEC__MACHINE_TYPE:
				return getMachineType();
			case SsiplanPackage.CEC__SERIAL:
				return getSerial();
			case SsiplanPackage.CEC__SITE:
				return getSite();
			case SsiplanPackage.CEC__MEMORY_GI_B:
				return getMemoryGiB();
			case SsiplanPackage.CEC__CP_COUNT:
				return getCpCount();
			case SsiplanPackage.CEC__IFL_COUNT:
				return getIflCount();
			case SsiplanPackage.CEC__CHANNEL_PATHS:
				return getChannelPaths();
			case SsiplanPackage.CEC__LPARS:
				return getLpars();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.CEC__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.CEC__MACHINE_TYPE:
				setMachineType((MachineType)newValue);
				return;
			case SsiplanPackage.CEC__SERIAL:
				setSerial((String)newValue);
				return;
			case SsiplanPackage.CEC__SITE:
				setSite((String)newValue);
				return;
			case SsiplanPackage.CEC__MEMORY_GI_B:
				setMemoryGiB((Integer)newValue);
				return;
			case SsiplanPackage.CEC__CP_COUNT:
				setCpCount((Integer)newValue);
				return;
			case SsiplanPackage.CEC__IFL_COUNT:
				setIflCount((Integer)newValue);
				return;
			case SsiplanPackage.CEC__CHANNEL_PATHS:
				getChannelPaths().clear();
				getChannelPaths().addAll((Collection<? extends ChannelPath>)newValue);
				return;
			case SsiplanPackage.CEC__LPARS:
				getLpars().clear();
				getLpars().addAll((Collection<? extends Lpar>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.CEC__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.CEC__MACHINE_TYPE:
				setMachineType(MACHINE_TYPE_EDEFAULT);
				return;
			case SsiplanPackage.CEC__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case SsiplanPackage.CEC__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case SsiplanPackage.CEC__MEMORY_GI_B:
				setMemoryGiB(MEMORY_GI_B_EDEFAULT);
				return;
			case SsiplanPackage.CEC__CP_COUNT:
				setCpCount(CP_COUNT_EDEFAULT);
				return;
			case SsiplanPackage.CEC__IFL_COUNT:
				setIflCount(IFL_COUNT_EDEFAULT);
				return;
			case SsiplanPackage.CEC__CHANNEL_PATHS:
				getChannelPaths().clear();
				return;
			case SsiplanPackage.CEC__LPARS:
				getLpars().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.CEC__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.CEC__MACHINE_TYPE:
				return machineType != MACHINE_TYPE_EDEFAULT;
			case SsiplanPackage.CEC__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case SsiplanPackage.CEC__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case SsiplanPackage.CEC__MEMORY_GI_B:
				return memoryGiB != MEMORY_GI_B_EDEFAULT;
			case SsiplanPackage.CEC__CP_COUNT:
				return cpCount != CP_COUNT_EDEFAULT;
			case SsiplanPackage.CEC__IFL_COUNT:
				return iflCount != IFL_COUNT_EDEFAULT;
			case SsiplanPackage.CEC__CHANNEL_PATHS:
				return channelPaths != null && !channelPaths.isEmpty();
			case SsiplanPackage.CEC__LPARS:
				return lpars != null && !lpars.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", machineType: ");
		result.append(machineType);
		result.append(", serial: ");
		result.append(serial);
		result.append(", site: ");
		result.append(site);
		result.append(", memoryGiB: ");
		result.append(memoryGiB);
		result.append(", cpCount: ");
		result.append(cpCount);
		result.append(", iflCount: ");
		result.append(iflCount);
		result.append(')');
		return result.toString();
	}

} //CecImpl
